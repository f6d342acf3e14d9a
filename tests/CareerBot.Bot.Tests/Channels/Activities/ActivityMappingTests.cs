using CareerBot.Bot.Channels.Activities;
using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Views;
using Microsoft.Bot.Schema;

namespace CareerBot.Bot.Tests.Channels.Activities;

public sealed class ActivityMappingTests
{
    private static readonly AdaptiveCardRenderer Renderer = new(CareerContent.Default);

    private static readonly ResultView Result = new(new Assessment(Track.Professional, 3, 4, LearningStage.L2, []), null);

    [Fact]
    public void Text_that_follows_text_and_the_card_after_them_go_out_as_one_message()
    {
        var done = new RichText([new Paragraph([new EmphasisRun("Done."), new PlainRun(" You are a Senior PM.")])]);
        var activities = ActivityMapping.ToActivities([Say("Skipped."), new MessageView(done), Result], Renderer, Language.EnUs);

        var message = Assert.IsType<Activity>(Assert.Single(activities));
        Assert.Equal("Skipped.\n\n**Done.** You are a Senior PM.", message.Text);
        Assert.Equal(AdaptiveCardJson.ContentType, Assert.Single(message.Attachments).ContentType);
        Assert.Equal("Your career assessment result", message.Summary);
        Assert.Equal("en-US", message.Locale);
        Assert.Equal(TextFormatTypes.Markdown, message.TextFormat);
    }

    [Fact]
    public void Text_after_a_card_starts_a_new_message_so_reading_order_is_kept()
    {
        var activities = ActivityMapping.ToActivities([new WelcomeView(), Say("after"), Result], Renderer, Language.ZhCn);

        Assert.Collection(
            activities.Cast<Activity>(),
            first => Assert.Null(first.Text),
            second => Assert.Equal("after", second.Text));
        Assert.All(activities.Cast<Activity>(), a => Assert.Equal("zh-CN", a.Locale));
    }

    [Fact]
    public void Text_alone_is_one_text_message() =>
        Assert.Null(Assert.IsType<Activity>(Assert.Single(ActivityMapping.ToActivities([Say("a"), Say("b")], Renderer, Language.EnUs))).Attachments?.FirstOrDefault());

    private static MessageView Say(string text) => new(RichText.Plain(text));
}
