using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CareerBot.Bot.Tests.Support;

namespace CareerBot.Bot.Tests.Channels.BotFramework;

/// <summary>POST /api/messages over HTTP, with a local connector standing in for the activity's serviceUrl.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly BotHost _host = new();
    private ConnectorStub _connector = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private JsonObject Activity(string type, string conversationId, string? text = null, string locale = "en-US", string channelId = "msteams")
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = channelId,
            ["serviceUrl"] = _connector.ServiceUrl,
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant1" },
            ["from"] = new JsonObject { ["id"] = "29:user1", ["name"] = "Pat" },
            ["recipient"] = new JsonObject { ["id"] = "28:careerbot", ["name"] = "CareerBot" },
            ["locale"] = locale,
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => _client.PostAsJsonAsync("/api/messages", activity);

    [Fact]
    public async Task A_message_delivered_again_is_acknowledged_and_not_processed_again()
    {
        await PostAsync(Activity("message", "conv-retry", "start"));
        await _connector.WaitForAsync(1);
        var answer = Activity("message", "conv-retry", "I want to lead a product team");

        // Teams retries a message it thinks was lost: same id, same conversation.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(answer)).StatusCode);
        await _connector.WaitForAsync(2);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(answer)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Activity("message", "conv-retry", "Ship the billing revamp"))).StatusCode);

        var replies = await _connector.WaitForAsync(3);
        Assert.Contains("2/8", replies[1].Text, StringComparison.Ordinal);
        Assert.Contains("3/8", replies[2].Text, StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Equal(3, _connector.Sent.Count);
    }

    [Fact]
    public async Task A_message_gets_the_first_question_posted_back_to_the_service_url()
    {
        var message = Activity("message", "conv-a", "start");

        var response = await PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await _connector.WaitForAsync(2);
        Assert.All(sent, s => Assert.Equal("conv-a", s.ConversationId));
        Assert.All(sent, s => Assert.Equal((string?)message["id"], s.ReplyToId));
        Assert.Contains(sent, s => s.Text?.Contains("What is your career plan?", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_whole_interview_over_http_ends_with_a_result_card()
    {
        string[] answers =
        [
            "start", "I want to go deeper as a specialist", "Own the checkout experience", "Ship more, learn analytics",
            "In three years, own a whole product line as a product expert", "six years",
        ];
        foreach (var text in answers)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(Activity("message", "conv-full", text))).StatusCode);
        }

        foreach (var (question, value) in new[] { ("scope", "businessLine"), ("team", "none"), ("ai", "builder") })
        {
            var tap = Activity("message", "conv-full");
            tap["value"] = new JsonObject { ["answerTo"] = question, [question] = value };
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(tap)).StatusCode);
        }

        var sent = await _connector.WaitForAsync(12);
        var result = sent[^1];
        var card = Assert.IsType<JsonObject>(result.Card);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        var json = card.ToReadableJson();
        Assert.Contains("Principal Product Manager", json, StringComparison.Ordinal);
        Assert.Contains("Product Expert", json, StringComparison.Ordinal);
        Assert.Contains("LLM application architecture", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_joining_in_teams_is_greeted_once()
    {
        var update = Activity("conversationUpdate", "conv-join");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:careerbot" }, new JsonObject { ["id"] = "29:user1" });

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(update)).StatusCode);

        var sent = await _connector.WaitForAsync(1);
        var greeting = Assert.Single(sent);
        Assert.NotNull(greeting.Card);
    }

    [Theory]
    [InlineData("channelId")]
    [InlineData("from")]
    [InlineData("conversation")]
    public async Task An_activity_without_the_ids_its_turn_is_keyed_by_is_a_400_and_runs_no_turn(string missing)
    {
        var activity = Activity("message", "conv-missing-" + missing, "start");
        activity.Remove(missing);

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("needs channelId, conversation.id, from.id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _connector.WaitForAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_with_a_reason()
    {
        using var body = new StringContent("{\"type\": \"message\", ", Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/messages", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a JSON activity", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_without_a_type_is_a_400()
    {
        var activity = Activity("message", "conv-x", "hi");
        activity.Remove("type");

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_huge_body_is_a_413()
    {
        var activity = Activity("message", "conv-huge", new string('x', 300_000));

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task A_huge_answer_within_the_body_limit_is_reprompted_not_lost()
    {
        await PostAsync(Activity("message", "conv-long", "start"));
        await _connector.WaitForAsync(1);

        var response = await PostAsync(Activity("message", "conv-long", new string('长', 5000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await _connector.WaitForAsync(2);
        Assert.Contains(sent.Skip(1), s => s.Text?.Contains("5000", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Unknown_activity_types_are_accepted_and_ignored()
    {
        var response = await PostAsync(Activity("somethingNew", "conv-unknown"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await _connector.WaitForAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task An_unhandled_invoke_is_a_501()
    {
        var invoke = Activity("invoke", "conv-invoke");
        invoke["name"] = "some/unknownInvoke";

        var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_configured_a_request_without_a_token_is_a_401()
    {
        await using var secured = new BotHost(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });
        using var client = secured.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", Activity("message", "conv-auth", "start"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Sent);
    }

    [Theory]
    [InlineData("Bearer abc")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOjV9.")]   // claims of the wrong JSON types: {"iss": 5}
    [InlineData("Bearer a.b.c")]
    public async Task With_an_app_id_a_token_that_cannot_be_read_is_a_401(string authorization)
    {
        await using var secured = SecuredHost();
        using var client = secured.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Activity("message", "conv-bad-token", "start")) };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_and_the_token_keys_out_of_reach_a_channel_token_is_a_503_to_retry()
    {
        await using var secured = SecuredHost();
        using var client = secured.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Activity("message", "conv-no-keys", "start")) };
        // Well formed, from the Emulator's issuer: only its signature is left to check, with keys nobody can fetch.
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsifQ.eyJpc3MiOiJodHRwczovL3N0cy53aW5kb3dzLm5ldC9kNmQ0OTQyMC1mMzliLTRkZjctYTFkYy1kNTlhOTM1ODcxZGIvIiwiYXVkIjoiMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAxIiwibmJmIjoxNzAwMDAwMDAwLCJleHAiOjQwMDAwMDAwMDB9.c2ln");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("cannot check tokens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task A_bot_without_an_app_id_ignores_a_token_instead_of_checking_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Activity("message", "conv-ignored-token", "start")) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsifQ.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2ln");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await _connector.WaitForAsync(1));
    }

    /// <summary>A bot with an app id whose token keys are looked up on a closed local port, never on the internet.</summary>
    private static BotHost SecuredHost() => new(new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["ToBotFromChannelOpenIdMetadataUrl"] = "https://127.0.0.1:1/v1/.well-known/openidconfiguration",
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://127.0.0.1:1/v2.0/.well-known/openid-configuration",
    });
}
