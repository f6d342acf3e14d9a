// Renders one Adaptive Card with the official JavaScript renderer (npm "adaptivecards"), as Teams would with its
// host config and Adaptive Cards 1.5, and returns every problem the renderer reports: unknown types, bad values,
// inputs without id, duplicate ids, properties newer than 1.5, or a card that renders nothing.
window.renderCard = function (card, hostConfig) {
  const AC = window.AdaptiveCards;
  const problems = [];
  const describe = e => `${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`;

  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
  const context = new AC.SerializationContext();
  context.targetVersion = AC.Versions.v1_5;
  adaptiveCard.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(describe(context.getEventAt(i)));
  }

  for (const e of adaptiveCard.validateProperties().validationEvents) {
    problems.push(describe(e));
  }

  const rendered = adaptiveCard.render();
  const host = document.getElementById('card');
  host.replaceChildren();
  if (rendered) {
    host.appendChild(rendered);
  } else {
    problems.push('render() returned no element');
  }

  return problems;
};
