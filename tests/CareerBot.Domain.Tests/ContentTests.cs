using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Learning;
using CareerBot.Domain.Localization;

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
}
