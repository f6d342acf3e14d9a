using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace CareerBot.Bench.StockEchoBot;

/// <summary>The SDK sample's echo: one text reply per message.</summary>
internal sealed class EchoBot : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = "Echo: " + turnContext.Activity.Text;
        await turnContext.SendActivityAsync(MessageFactory.Text(text, text), cancellationToken).ConfigureAwait(false);
    }
}
