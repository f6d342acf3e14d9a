using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Learning;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Tests.Views;

namespace CareerBot.Domain.Tests;

public class ContentTests
{
    [Fact]
    public void Shipped_content_loads_and_asks_domain_questions_in_order()
    {
        var content = CareerContent.Default;

        Assert.Equal(QuestionIds.Open.Concat(QuestionIds.Facts), content.Questions.Select(q => q.Id));
        Assert.Equal("你的职业规划是什么？", content.Question(QuestionIds.Plan).Prompt[Language.ZhCn]);
        Assert.Equal("What is your plan for the next 3 years?", content.Question(QuestionIds.ThreeYear).Prompt[Language.EnUs]);
    }

    [Fact]
    public void Ladders_have_domain_titles()
    {
        var ladders = CareerContent.Default.Ladders;

        Assert.Equal(["产品助理", "产品经理", "高级产品经理", "资深产品经理", "产品专家"], ladders.Professional.Levels.Select(l => l.Title[Language.ZhCn]));
        Assert.Equal(["Team Member", "Core Member", "Team Lead", "Product Director"], ladders.Management.Levels.Select(l => l.Title[Language.EnUs]));
    }

    [Fact]
    public void Catalog_offers_two_to_five_links_per_stage_reader_language_first()
    {
        var catalog = CareerContent.Default.Catalog;

        foreach (var stage in Enum.GetValues<LearningStage>())
        {
            var links = catalog.LinksFor(stage, Language.ZhCn);
            Assert.InRange(links.Count, LearningCatalog.MinLinks, LearningCatalog.MaxLinks);
            Assert.Equal("zh-CN", links[0].Language);
            Assert.All(links, l => Assert.Equal("https", l.Url.Scheme));
        }
    }

    [Fact]
    public void No_content_text_carries_markdown_so_structure_comes_from_the_views()
    {
        var content = CareerContent.Default;
        var texts = content.Strings.Keys.Select(key => (key, content.Strings.Find(key)!))
            .Concat(content.Questions.SelectMany(q => new[] { (q.Id + ".prompt", q.Prompt), (q.Id + ".hint", q.Hint) }
                .Concat(q.Choices.Select(c => ($"{q.Id}.{c.Value}", c.Label)))))
            .Concat(new[] { content.Ladders.Professional, content.Ladders.Management }.SelectMany(ladder => ladder.Levels
                .SelectMany(l => new[] { ($"{ladder.Track}.{l.Level}.title", l.Title), ($"{ladder.Track}.{l.Level}.expects", l.Expects) })
                .Append(($"{ladder.Track}.focus", ladder.NextLevelFocus))))
            .Concat(content.Commands.Explained.SelectMany(c => new[] { ("command.say", c.Say), ("command.does", c.Does) }))
            .ToList();

        Assert.NotEmpty(texts);
        foreach (var (name, text) in texts)
        {
            foreach (var language in Languages.All)
            {
                Assert.False(MarkupDetector.HasMarkup(text[language]), $"{name} ({language.Tag()}) carries markdown: {text[language]}");
                Assert.DoesNotContain('\n', text[language]);
            }
        }
    }
}
