using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Domain.Content;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Views;

namespace CareerBot.Bot.Tests.Rendering.AdaptiveCards;

public sealed class RichTextMarkdownTests
{
    [Fact]
    public void Paragraphs_are_apart_by_a_blank_line_list_items_are_dash_lines_and_emphasis_is_bold()
    {
        var text = new RichText(
        [
            new Paragraph([new PlainRun("You can say:")]),
            new BulletList([[new EmphasisRun("skip"), new PlainRun(": skip it")], [new EmphasisRun("back"), new PlainRun(": go back")]]),
        ]);

        Assert.Equal("You can say:\n\n- **skip**: skip it\n- **back**: go back", RichTextMarkdown.Write(text));
    }

    [Fact]
    public void A_link_run_is_a_markdown_link_whose_url_cannot_end_early()
    {
        var text = new RichText([new Paragraph([new LinkRun("Docs [v2]", new Uri("https://example.com/a_(b)"))])]);

        Assert.Equal(@"[Docs \[v2\]](https://example.com/a_(b%29)", RichTextMarkdown.Write(text));
    }

    [Fact]
    public void Every_run_is_escaped_so_a_users_words_add_no_formatting()
    {
        const string Hostile = "**bold** [link](https://evil.example)";

        var markdown = RichTextMarkdown.Write(new RichText([new Paragraph([new PlainRun("You said: "), new PlainRun(Hostile)])]));

        Assert.Equal("You said: " + MarkdownText.Escape(Hostile), markdown);
        Assert.DoesNotContain("**bold**", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.ZhCn)]
    [InlineData(Language.EnUs)]
    public void An_open_question_renders_as_text_with_its_progress_emphasised(Language language)
    {
        var prompt = CareerContent.Default.Question("plan").Prompt[language];

        var rendered = new AdaptiveCardRenderer(CareerContent.Default).Render(new OpenQuestionView("plan", new InterviewProgress(1, 8), prompt), language);

        Assert.Equal("**1/8** " + prompt, Assert.IsType<RenderedText>(rendered).Markdown);
    }
}
