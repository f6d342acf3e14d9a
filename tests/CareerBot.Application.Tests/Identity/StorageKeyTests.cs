using CareerBot.Application.Identity;

namespace CareerBot.Application.Tests.Identity;

/// <summary>Two different ids never share a document key, whatever characters the channel put in them.</summary>
public class StorageKeyTests
{
    [Fact]
    public void Ids_with_lone_surrogates_and_the_replacement_character_have_keys_of_their_own()
    {
        string[] ids = ["a\uD800", "a\uDBFF", "a\uDC00", "a\uFFFD", "a%uD800", "a%EF%BF%BD", "\uD800a", "a\uD83D\uDE00", "a\uDE00\uD83D", "a"];

        var persons = ids.Select(id => new PersonKey("msteams", "tenant", id).DocumentKey).ToList();
        var conversations = ids.Select(id => new ConversationKey("webchat", id).DocumentKey).ToList();

        Assert.Equal(ids.Length, persons.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Length, conversations.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("29:1a-B_c", "person/msteams/t/29%3A1a-B_c")]
    [InlineData("a/b", "person/msteams/t/a%2Fb")]
    [InlineData("a%2Fb", "person/msteams/t/a%252Fb")]
    [InlineData("领导\uD83D\uDE00", "person/msteams/t/%E9%A2%86%E5%AF%BC%F0%9F%98%80")]
    public void Valid_ids_keep_the_keys_they_always_had(string id, string key) =>
        Assert.Equal(key, new PersonKey("msteams", "t", id).DocumentKey);
}
