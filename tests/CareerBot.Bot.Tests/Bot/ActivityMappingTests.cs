using CareerBot.Bot.Bot;
using CareerBot.Domain.Cards;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;
using Microsoft.Bot.Schema;

namespace CareerBot.Bot.Tests.Bot;

public sealed class ActivityMappingTests
{
    private static readonly AdaptiveCard Card = new() { Body = [new TextBlock("card")] };

    [Fact]
    public void Text_that_follows_text_and_the_card_after_them_go_out_as_one_message()
    {
        var activities = ActivityMapping.ToActivities(
            [new TextReply("Skipped."), new TextReply("**Done.** You are a Senior PM."), new CardReply(Card, "Result: Senior PM")],
            Language.EnUs);

        var message = Assert.IsType<Activity>(Assert.Single(activities));
        Assert.Equal("Skipped.\n\n**Done.** You are a Senior PM.", message.Text);
        Assert.Equal(AdaptiveCardJson.ContentType, Assert.Single(message.Attachments).ContentType);
        Assert.Equal("Result: Senior PM", message.Summary);
        Assert.Equal("en-US", message.Locale);
        Assert.Equal(TextFormatTypes.Markdown, message.TextFormat);
    }

    [Fact]
    public void Text_after_a_card_starts_a_new_message_so_reading_order_is_kept()
    {
        var activities = ActivityMapping.ToActivities([new CardReply(Card, "card"), new TextReply("after"), new CardReply(Card, "second")], Language.ZhCn);

        Assert.Collection(
            activities.Cast<Activity>(),
            first => Assert.Null(first.Text),
            second => Assert.Equal("after", second.Text));
        Assert.All(activities.Cast<Activity>(), a => Assert.Equal("zh-CN", a.Locale));
    }

    [Fact]
    public void Text_alone_is_one_text_message() =>
        Assert.Null(Assert.IsType<Activity>(Assert.Single(ActivityMapping.ToActivities([new TextReply("a"), new TextReply("b")], Language.EnUs))).Attachments?.FirstOrDefault());
}
