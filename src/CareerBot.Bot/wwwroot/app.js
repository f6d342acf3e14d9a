// The page at /: Web Chat talking to this host's own Direct Line endpoint, in the language the user picked.
(function () {
  'use strict';

  // Every string the page shows, in both languages the bot speaks.
  const strings = {
    'zh-CN': {
      subtitle: '产品经理职业规划面谈',
      language: '语言',
      teams: '在 Microsoft Teams 里也能找到同一个机器人：把 manifest/teams 里的应用包上传到 Teams（应用 → 管理你的应用 → 上传应用），对话和结果与这里一样。',
      needsToken: '这个机器人的网页聊天需要由网站的服务器签发令牌（已配置 Direct Line 密钥），不能直接在这里打开。',
      unavailable: '暂时连不上机器人，请稍后刷新页面再试。',
      busy: '现在同时进行的对话太多了，请过几分钟再刷新页面。',
      noWebChat: '聊天组件没有加载：请先构建机器人（dotnet build），它会把 Web Chat 复制到 wwwroot/lib。'
    },
    'en-US': {
      subtitle: 'Career-plan interview for product managers',
      language: 'Language',
      teams: 'The same bot is in Microsoft Teams: upload the app package from manifest/teams (Apps → Manage your apps → Upload an app) and you get the same conversation and result.',
      needsToken: 'This bot’s web chat needs a token minted by the site’s server (a Direct Line secret is configured), so it cannot be opened here directly.',
      unavailable: 'The bot cannot be reached right now. Please refresh the page in a moment.',
      busy: 'Too many conversations are open right now. Please refresh the page in a few minutes.',
      noWebChat: 'The chat component did not load: build the bot first (dotnet build), which copies Web Chat into wwwroot/lib.'
    }
  };

  const requested = new URLSearchParams(window.location.search).get('locale');
  const locale = requested in strings ? requested
    : (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
  const text = strings[locale];

  document.documentElement.lang = locale;
  document.querySelectorAll('[data-text]').forEach(element => { element.textContent = text[element.dataset.text]; });
  document.querySelectorAll('[data-text-aria-label]').forEach(element => { element.setAttribute('aria-label', text[element.dataset.textAriaLabel]); });
  document.querySelectorAll('[data-locale]').forEach(link => link.setAttribute('aria-current', String(link.dataset.locale === locale)));

  function showProblem(message) {
    const problem = document.getElementById('problem');
    problem.textContent = message;
    problem.hidden = false;
  }

  // Readable the way Teams is: its brand purple, light neutral bubbles, Segoe UI with Chinese fallbacks.
  const styleOptions = {
    accent: '#5b5fc7',
    backgroundColor: '#f5f5f5',
    primaryFont: '"Segoe UI", system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif',
    fontSizeSmall: '80%',
    bubbleBackground: '#ffffff',
    bubbleBorderRadius: 6,
    bubbleBorderWidth: 0,
    bubbleFromUserBackground: '#e8ebfa',
    bubbleFromUserBorderRadius: 6,
    bubbleFromUserBorderWidth: 0,
    bubbleMaxWidth: 640,
    bubbleMinHeight: 36,
    botAvatarInitials: 'CB',
    botAvatarBackgroundColor: '#5b5fc7',
    userAvatarInitials: locale === 'zh-CN' ? '我' : 'Me',
    userAvatarBackgroundColor: '#8b8cc7',
    hideUploadButton: true,
    sendBoxButtonColor: '#5b5fc7',
    suggestedActionBorderRadius: 4,
    cardEmphasisBackgroundColor: '#f5f5f5'
  };

  async function start() {
    if (!window.WebChat) {
      showProblem(text.noWebChat);
      return;
    }

    const directLineUrl = new URL('v3/directline', document.baseURI).href;
    let response;
    try {
      // The locale goes with the token request, so the welcome (sent when the conversation starts) is in it too.
      response = await fetch(directLineUrl + '/tokens/generate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ locale })
      });
    } catch {
      showProblem(text.unavailable);
      return;
    }

    if (!response.ok) {
      showProblem(response.status === 401 ? text.needsToken : response.status === 429 ? text.busy : text.unavailable);
      return;
    }

    const { token, userId } = await response.json();
    window.WebChat.renderWebChat(
      {
        // Polling (this host's Direct Line has no WebSocket stream), twice a second: the bot is local, answers are quick.
        directLine: window.WebChat.createDirectLine({ domain: directLineUrl, token, webSocket: false, pollingInterval: 500 }),
        userID: userId,
        locale,
        styleOptions
      },
      document.getElementById('webchat')
    );
    document.querySelector('#webchat [data-id="webchat-sendbox-input"], #webchat input, #webchat textarea')?.focus();
  }

  start();
})();
