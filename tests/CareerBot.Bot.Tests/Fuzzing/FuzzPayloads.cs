using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Bot.Tests.Fuzzing;

/// <summary>
/// Generates requests from a seed: valid activities of every kind the bot handles, then mutated (fields removed,
/// retyped, oversized, hostile ids, bad service URLs), then sometimes broken as bytes (truncated, deeply nested, not
/// UTF-8, over the size cap), with content types and credentials mixed in. The same seed always gives the same list.
/// </summary>
internal sealed class FuzzPayloads
{
    /// <summary>How many Direct Line conversations the requests are spread over (opened by the runner).</summary>
    public const int DirectLineSlots = 8;

    // JSON text System.Text.Json will not write (a lone surrogate) or would refuse to (10,000 levels), written as a
    // marker string and swapped in after serialising.
    private const string LoneHighSurrogate = "@@LONE_HIGH@@";
    private const string LoneLowSurrogate = "@@LONE_LOW@@";
    private const string DeepNesting = "@@DEEP@@";

    private const int MessagesCap = CareerBot.Bot.Channels.BotFramework.MessagesEndpoint.MaxActivityBytes;
    private const int DirectLineCap = CareerBot.Bot.Channels.DirectLine.DirectLineEndpoints.MaxActivityBytes;

    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Texts =
    [
        "start", "开始", "skip", "跳过", "上一步", "back", "help", "restart", "重新开始", "result",
        "想在专业上做深，三年后成为资深产品经理", "Lead a team of PMs and own the roadmap", "I have 6 years as a PM",
        "", " ", "\t\n", "👩‍💻🚀", "مرحبا بالعالم", "שלום", "\u202Eevil\u202C", "a\u0000b", "<script>alert(1)</script>",
        "{\"json\":\"in text\"}", "%s%s%n", "../../etc/passwd", "' OR 1=1 --", "\r\n[INFO] forged log line",
        LoneHighSurrogate, "x" + LoneLowSurrogate + "y",
    ];

    private static readonly string[] HostileIds =
    [
        "", " ", "😀", "👩‍👩‍👧‍👦", "مستخدم", "\u202Egnp.exe", LoneHighSurrogate, LoneLowSurrogate, "a" + LoneHighSurrogate + "b",
        "\u0000", "nul\u0000id", "line\nbreak", "cr\r\nlf", "tab\tid", "a/b", "../..", "%2F%2e%2e", "a?b=c#d", "a%00b",
        "conversation/other", "person/test/none/user", "\\", "\"quoted\"", "{}", "null", "中文会话", "ÀÉÎÕÜ", "\uFEFFbom",
        "\uFFFF", "\uFFFE", new string('x', 10 * 1024), new string('会', 2048), "19:abc@thread.v2", "a:b;c=d",
    ];

    private static readonly string[] NewlineValues = ["message\n", "message\r\nINFO forged", "emulator\nERROR forged", "msteams\r", "\n", "webchat\u2028x", "type\u0085next"];

    private static readonly string[] Locales = ["en-US", "zh-CN", "zh-cn", "EN", "", "xx-YY", "en-US\n", "🏳️", "en-US-" + new string('a', 200), "../", "zh-Hans-CN", "ar-SA", "he-IL"];

    private static readonly string[] ChannelIds = ["emulator", "msteams", "webchat", "directline", "slack", "test", "unknown-channel"];

    private static readonly string[] ActivityTypes =
    [
        "message", "message", "message", "message", "conversationUpdate", "invoke", "typing", "event", "messageReaction",
        "installationUpdate", "endOfConversation", "messageUpdate", "messageDelete", "handoff", "trace", "command", "unknownType",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=xyz", "application/xml", "application/json; charset=utf-16", "application/octet-stream",
        "image/png", "*/*", "application/json; charset=nonsense", "text/html; charset=iso-8859-1",
    ];

    private static readonly string[] WatermarkValues = ["", "0", "1", "-1", "99999999999999999999", "abc", "1.5", "١٢", " 1", "0x10", "9223372036854775807", "%00"];

    private readonly Random _random;
    private readonly string _serviceUrl;
    private readonly bool _directLine;
    private readonly bool _appIdConfigured;
    private int _number;

    /// <param name="seed">The seed: the same seed gives the same requests.</param>
    /// <param name="serviceUrl">The connector stub's URL, the service URL of the valid activities.</param>
    /// <param name="directLine">Whether the host serves Direct Line (requests for it are generated too).</param>
    /// <param name="appIdConfigured">Whether the host has an app id: most requests then carry a bad token.</param>
    public FuzzPayloads(int seed, string serviceUrl, bool directLine, bool appIdConfigured)
    {
        _random = new Random(seed);
        _serviceUrl = serviceUrl;
        _directLine = directLine;
        _appIdConfigured = appIdConfigured;
    }

    /// <summary>The next <paramref name="count"/> requests (a run asks for them a batch at a time: a few hold megabytes).</summary>
    public IReadOnlyList<FuzzRequest> Generate(int count)
    {
        var requests = new List<FuzzRequest>(count);
        for (var i = 0; i < count; i++)
        {
            requests.Add(_directLine && _random.NextDouble() < 0.45 ? DirectLineRequest() : MessagesRequest());
        }

        return requests;
    }

    private FuzzRequest MessagesRequest()
    {
        var mutations = new List<string>();
        var activity = Activity(mutations);
        MutateTree(activity, mutations, largeStrings: true);
        var body = Serialize(activity);
        body = MutateBytes(body, mutations, cap: MessagesCap);
        var authorization = _appIdConfigured || _random.NextDouble() < 0.05 ? BadToken(mutations) : null;
        return new FuzzRequest(++_number, "/api/messages", HttpMethod.Post, "/api/messages", ContentType(), FuzzCredential.AsWritten, authorization, body, 0, string.Join("; ", mutations));
    }

    private FuzzRequest DirectLineRequest()
    {
        var mutations = new List<string>();
        var slot = _random.Next(DirectLineSlots);
        var roll = _random.NextDouble();
        if (roll < 0.70)
        {
            var activity = DirectLineActivity(mutations);
            MutateTree(activity, mutations, largeStrings: false);
            var body = MutateBytes(Serialize(activity), mutations, cap: DirectLineCap);
            var (credential, authorization) = ConversationCredential(mutations);
            var path = ConversationPath(mutations) + "/activities";
            return new FuzzRequest(++_number, "directline activities", HttpMethod.Post, path, ContentType(), credential, authorization, body, slot, string.Join("; ", mutations));
        }

        if (roll < 0.80)
        {
            var watermark = Pick(WatermarkValues);
            mutations.Add($"watermark {Quote(watermark)}");
            var (credential, authorization) = ConversationCredential(mutations);
            var path = ConversationPath(mutations) + "/activities" + (watermark.Length > 0 ? "?watermark=" + Uri.EscapeDataString(watermark) : string.Empty);
            return new FuzzRequest(++_number, "directline poll", HttpMethod.Get, path, null, credential, authorization, null, slot, string.Join("; ", mutations));
        }

        if (roll < 0.85)
        {
            var (credential, authorization) = ConversationCredential(mutations);
            return new FuzzRequest(++_number, "directline conversation", HttpMethod.Get, ConversationPath(mutations), null, credential, authorization, null, slot, string.Join("; ", mutations));
        }

        // Token and conversation requests: their small JSON body ({"user": {"id"}, "locale"}) mutated the same way.
        var endpoint = Pick(["/v3/directline/tokens/generate", "/v3/directline/tokens/refresh", "/v3/directline/conversations"]);
        var request = new JsonObject { ["user"] = new JsonObject { ["id"] = "dl_" + _random.Next(1000) }, ["locale"] = Pick(Locales) };
        MutateTree(request, mutations, largeStrings: false);
        var tokenBody = _random.NextDouble() < 0.2 ? null : MutateBytes(Serialize(request), mutations, cap: 4 * 1024 /* DirectLineEndpoints.MaxTokenRequestBytes */);
        var roll2 = _random.NextDouble();
        var (tokenCredential, tokenAuthorization) = roll2 < 0.4 ? (FuzzCredential.Secret, null) : roll2 < 0.6 ? (FuzzCredential.OwnToken, null) : (FuzzCredential.AsWritten, roll2 < 0.8 ? null : BadToken(mutations));
        mutations.Add($"credential {tokenCredential}");
        return new FuzzRequest(++_number, endpoint, HttpMethod.Post, endpoint, ContentType(), tokenCredential, tokenAuthorization, tokenBody, slot, string.Join("; ", mutations));
    }

    private (FuzzCredential Credential, string? Authorization) ConversationCredential(List<string> mutations)
    {
        var roll = _random.NextDouble();
        if (roll < 0.80)
        {
            return (FuzzCredential.OwnToken, null);
        }

        mutations.Add(roll switch { < 0.85 => "another conversation's token", < 0.90 => "the secret", < 0.95 => "no token", _ => "a bad token" });
        return roll switch
        {
            < 0.85 => (FuzzCredential.OtherToken, null),
            < 0.90 => (FuzzCredential.Secret, null),
            < 0.95 => (FuzzCredential.AsWritten, null),
            _ => (FuzzCredential.AsWritten, BadToken(mutations)),
        };
    }

    private string ConversationPath(List<string> mutations)
    {
        if (_random.NextDouble() < 0.9)
        {
            return "/v3/directline/conversations/" + FuzzRequest.ConversationPlaceholder;
        }

        // Not %00: the in-memory test server cannot even build such a request (Kestrel answers it with a 400 itself).
        var id = Pick(["%F0%9F%98%80", "%01", "..%2F..%2Fadmin", "%E2%80%AE", "%ED%A0%80", "x", new string('a', 8 * 1024), "%20", FuzzRequest.ConversationPlaceholder + "%0d%0aX", "%C0%AF"]);
        mutations.Add($"conversation id in path {Quote(id)}");
        return "/v3/directline/conversations/" + id;
    }

    private JsonObject Activity(List<string> mutations)
    {
        var type = Pick(ActivityTypes);
        var conversation = "fuzz-" + _random.Next(64).ToString(CultureInfo.InvariantCulture);
        var user = "user-" + _random.Next(64).ToString(CultureInfo.InvariantCulture);
        var channel = Pick(ChannelIds);
        mutations.Add($"{type} on {channel}");
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = RandomGuid().ToString("N")[..(8 + _random.Next(24))],
            ["timestamp"] = "2026-12-04T10:00:00.000Z",
            ["channelId"] = channel,
            ["serviceUrl"] = _serviceUrl,
            ["from"] = new JsonObject { ["id"] = user, ["name"] = "Fuzz User", ["aadObjectId"] = Guid.Empty.ToString() },
            ["recipient"] = new JsonObject { ["id"] = "careerbot", ["name"] = "CareerBot" },
            ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["locale"] = Pick(Locales),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };
        switch (type)
        {
            case "message" when _random.NextDouble() < 0.35:
                activity["value"] = CardSubmit();
                mutations.Add("card submit");
                break;
            case "message":
                activity["text"] = Pick(Texts);
                break;
            case "conversationUpdate":
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "careerbot" }, new JsonObject { ["id"] = user });
                break;
            case "invoke":
                activity["name"] = Pick(["adaptiveCard/action", "adaptiveCard/action", "task/fetch", "composeExtension/query", "signin/verifyState", "healthCheck", "unknown/invoke", ""]);
                activity["value"] = new JsonObject
                {
                    ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = Pick(["answer", "correct", "restart", ""]), ["data"] = CardSubmit() },
                };
                break;
            case "event":
                activity["name"] = Pick(["webchat/join", "tokens/response", "", "x"]);
                activity["value"] = CardSubmit();
                break;
            case "messageReaction":
                activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
                break;
            default:
                break;
        }

        return activity;
    }

    private JsonObject DirectLineActivity(List<string> mutations)
    {
        var type = Pick(["message", "message", "message", "event", "typing", "conversationUpdate", "invoke", "x"]);
        mutations.Add($"direct line {type}");
        var activity = new JsonObject
        {
            ["type"] = type,
            ["from"] = new JsonObject { ["id"] = "dl_" + _random.Next(1000), ["name"] = "Web Chat user", ["role"] = "user" },
            ["locale"] = Pick(Locales),
            ["textFormat"] = "plain",
            ["channelData"] = new JsonObject { ["clientActivityID"] = _random.Next().ToString(CultureInfo.InvariantCulture), ["clientTimestamp"] = "2026-12-04T10:00:00.000Z" },
        };
        if (_random.NextDouble() < 0.3)
        {
            activity["value"] = CardSubmit();
            mutations.Add("card submit");
        }
        else
        {
            activity["text"] = Pick(Texts);
        }

        return activity;
    }

    private JsonObject CardSubmit() => _random.Next(6) switch
    {
        0 => new JsonObject { ["answerTo"] = "scope", ["scope"] = Pick(["module", "product", "line", "x", ""]) },
        1 => new JsonObject { ["answerTo"] = "team", ["team"] = Pick(["none", "mentor", "lead", "manager"]) },
        2 => new JsonObject { ["answerTo"] = Pick(["experience", "ai", "plan", "nonsense", ""]) },
        3 => new JsonObject { ["command"] = "correct", ["assessmentId"] = RandomGuid().ToString(), ["correctedLevel"] = Pick(["management:3", "management:9", "ic:2", ":", ""]) },
        4 => new JsonObject { ["command"] = Pick(["restart", "skip", "back", "result", "unknown"]) },
        _ => new JsonObject { ["answerTo"] = "experience", ["experience"] = Pick(["0-1", "3-5", "10+", "-1", "1e308"]) },
    };

    private void MutateTree(JsonObject root, List<string> mutations, bool largeStrings)
    {
        var count = _random.NextDouble() < 0.1 ? 0 : 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var paths = Properties(root).ToList();
            if (paths.Count == 0)
            {
                return;
            }

            var (parent, name, path) = paths[_random.Next(paths.Count)];
            switch (_random.Next(10))
            {
                case 0 or 1:
                    parent.Remove(name);
                    mutations.Add($"removed {path}");
                    break;
                case 2 or 3:
                    var kind = RandomValue(out var description);
                    parent[name] = kind;
                    mutations.Add($"{path} := {description}");
                    break;
                case 4:
                    var size = Pick([1024 * 1024, largeStrings ? 200 * 1024 : 60 * 1024, 10 * 1024]);
                    parent[name] = new string(Pick(['a', '会', 'é']), size);
                    mutations.Add($"{path} := string of {size} characters");
                    break;
                case 5 or 6:
                    var (idParent, idName, idPath) = IdField(root);
                    var id = Pick(HostileIds);
                    idParent[idName] = id;
                    mutations.Add($"{idPath} := {Quote(id)}");
                    break;
                case 7:
                    var field = Pick(["channelId", "type"]);
                    var value = Pick(NewlineValues);
                    root[field] = value;
                    mutations.Add($"{field} := {Quote(value)}");
                    break;
                case 8:
                    var url = BadServiceUrl();
                    root["serviceUrl"] = url;
                    mutations.Add($"serviceUrl := {Quote(url)}");
                    break;
                default:
                    var target = Pick(["value", "channelData", "text", "entities", "attachments", "conversation"]);
                    root[target] = DeepNesting;
                    mutations.Add($"{target} := 10,000 nested levels");
                    break;
            }
        }
    }

    /// <summary>An id field, created where the mutations so far removed its parent.</summary>
    private (JsonObject Parent, string Name, string Path) IdField(JsonObject root)
    {
        var owner = Pick(["conversation", "from", "recipient", "", "", "channelData.tenant"]);
        if (owner.Length == 0)
        {
            return (root, Pick(["id", "replyToId", "channelId"]), Pick(["id"]));
        }

        var parent = root;
        foreach (var part in owner.Split('.'))
        {
            if (parent[part] is not JsonObject child)
            {
                child = [];
                parent[part] = child;
            }

            parent = child;
        }

        return (parent, "id", owner + ".id");
    }

    private string BadServiceUrl()
    {
        var port = new Uri(_serviceUrl).Port.ToString(CultureInfo.InvariantCulture);
        return Pick(
        [
            "http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/latest/", "http://metadata.google.internal/computeMetadata/v1/",
            "file:///etc/passwd", "javascript:alert(1)", "data:text/plain,hi", "ftp://127.0.0.1/", "gopher://127.0.0.1:" + port + "/_x",
            "/relative/path", "relative", "//127.0.0.1:" + port + "/", "", " ", "http://", "http:///", "https://:0/",
            "http://127.0.0.1:" + port + "/" + new string('a', 10 * 1024), "http://" + new string('h', 10 * 1024) + ".example/",
            "http://[::1]:" + port + "/", "http://[::ffff:169.254.169.254]/", "http://[fe80::1%25eth0]/", "http://[::]:" + port + "/",
            "http://user:password@127.0.0.1:" + port + "/", "http://127.0.0.1:" + port + "@169.254.169.254/", "https://smba.trafficmanager.net@evil.example/",
            "http://127.0.0.1:1/", "http://0x7f000001:" + port + "/", "http://2130706433:" + port + "/", "http://0.0.0.0:" + port + "/",
            "HTTP://LOCALHOST:" + port + "/", "http://localhost.:" + port + "/", "http://127.0.0.1:" + port + "/%00/", "http://127.0.0.1:" + port + "/../../",
            " http://127.0.0.1:" + port + "/ ", "http://127.0.0.1:" + port + "/\r\nX-Injected: 1", "http://127.0.0.1:99999/", "http://exa mple.com/",
            "http://😀.example/", "http://xn--ls8h.example/", "https://evil.botframework.com.example/", "https://botframework.com/",
        ]);
    }

    private JsonNode? RandomValue(out string description)
    {
        switch (_random.Next(9))
        {
            case 0:
                description = "null";
                return null;
            case 1:
                description = "number";
                return JsonValue.Create(Pick([0, -1, 42, int.MaxValue, long.MinValue, 1e308, 0.5]));
            case 2:
                description = "true";
                return JsonValue.Create(true);
            case 3:
                description = "object";
                return new JsonObject { ["id"] = 1, ["nested"] = new JsonObject { ["x"] = new JsonArray(1, "two", null) } };
            case 4:
                description = "array";
                return new JsonArray("a", 1, new JsonObject(), new JsonArray());
            case 5:
                description = "empty array";
                return new JsonArray();
            case 6:
                description = "empty object";
                return new JsonObject();
            case 7:
                description = "large array";
                return new JsonArray([.. Enumerable.Range(0, 5000).Select(i => (JsonNode?)JsonValue.Create(i))]);
            default:
                var text = Pick(HostileIds);
                description = "string " + Quote(text);
                return JsonValue.Create(text);
        }
    }

    private byte[] MutateBytes(byte[] body, List<string> mutations, int cap)
    {
        var roll = _random.NextDouble();
        if (roll < 0.08)
        {
            var length = _random.Next(body.Length);
            mutations.Add($"truncated at {length} of {body.Length} bytes");
            return body[..length];
        }

        if (roll < 0.11)
        {
            var corrupted = (byte[])body.Clone();
            for (var i = 0; i < 1 + _random.Next(8) && corrupted.Length > 0; i++)
            {
                corrupted[_random.Next(corrupted.Length)] = (byte)_random.Next(256);
            }

            mutations.Add("random bytes changed");
            return corrupted;
        }

        if (roll < 0.14)
        {
            var (replacement, description) = _random.Next(12) switch
            {
                0 => (Array.Empty<byte>(), "empty body"),
                1 => ("null"u8.ToArray(), "null"),
                2 => ("[]"u8.ToArray(), "an array"),
                3 => ("12345"u8.ToArray(), "a number"),
                4 => ("\"message\""u8.ToArray(), "a string"),
                5 => ("{"u8.ToArray(), "a lone brace"),
                6 => (Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)), "10,000 nested arrays"),
                7 => (Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)), "10,000 nested objects"),
                8 => ([0xFF, 0xFE, 0xFD, 0xC0, 0xAF, 0xED, 0xA0, 0x80], "bytes that are not UTF-8"),
                9 => (Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(body)), "the activity in UTF-16"),
                10 => ([.. Encoding.UTF8.GetPreamble(), .. body], "a UTF-8 byte order mark"),
                _ => (RandomBytes(256), "random bytes"),
            };
            mutations.Add(description);
            return replacement;
        }

        if (roll < 0.16 && body.Length <= cap)
        {
            // Valid JSON, padded with whitespace to one byte over the cap: refused for its size, not its content.
            var padded = new byte[cap + 1];
            Array.Fill(padded, (byte)' ');
            body.CopyTo(padded, 0);
            mutations.Add($"padded to {padded.Length} bytes (cap + 1)");
            return padded;
        }

        return body;
    }

    private string BadToken(List<string> mutations)
    {
        var (token, description) = _random.Next(16) switch
        {
            0 => ("Bearer", "'Bearer' alone"),
            1 => ("Bearer ", "'Bearer ' and nothing"),
            2 => ("Bearer abc", "Bearer abc"),
            3 => ("Basic dXNlcjpwYXNz", "Basic credentials"),
            4 => ("Bearer " + Jwt(new { alg = "none", typ = "JWT" }, BotClaims(), signature: string.Empty), "alg:none"),
            5 => ("Bearer " + HmacJwt(), "HS256"),
            6 => ("Bearer " + Jwt(new { alg = "RS256", typ = "JWT", kid = "unknown-kid" }, BotClaims(), Base64Url(RandomBytes(256))), "RS256, unknown kid"),
            7 => ("Bearer " + Jwt(new { alg = "RS256", typ = "JWT", kid = "k" }, BotClaims(issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"), "c2ln"), "emulator issuer"),
            8 => ("Bearer " + Jwt(new { alg = "RS256" }, new { iss = "https://evil.example", aud = "x", exp = 1 }, "c2ln"), "foreign issuer, expired"),
            9 => ("Bearer a.b.c", "three dots of garbage"),
            10 => ("Bearer " + new string('A', 10 * 1024), "10 KB token"),
            11 => ("Bearer ????.!!!!.####", "not base64"),
            12 => ("Bearer " + Base64Url("{\"alg\":"u8.ToArray()) + ".e30.", "header of broken JSON"),
            13 => ("Bearer " + Jwt(new { alg = "RS256", kid = new[] { 1, 2 } }, new { iss = 5, aud = new { x = 1 } }, "c2ln"), "claims of the wrong types"),
            14 => ("bearer " + Jwt(new { alg = "ES256", kid = "x" }, BotClaims(), "c2ln"), "ES256, lowercase scheme"),
            _ => ("Bearer \u00e9\u00e8", "non-ASCII token"),
        };
        mutations.Add($"token: {description}");
        return token;
    }

    private static object BotClaims(string issuer = "https://api.botframework.com") => new
    {
        iss = issuer,
        aud = "00000000-0000-0000-0000-000000000001",
        serviceurl = "http://127.0.0.1/",
        nbf = 1_700_000_000,
        exp = 4_000_000_000,
    };

    private static string HmacJwt()
    {
        var unsigned = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" })) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(BotClaims()));
        return unsigned + "." + Base64Url(HMACSHA256.HashData("guessed-secret"u8, Encoding.ASCII.GetBytes(unsigned)));
    }

    private static string Jwt(object header, object claims, string signature) =>
        Base64Url(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims)) + "." + signature;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private string? ContentType() => _random.NextDouble() < 0.75 ? "application/json" : _random.NextDouble() < 0.1 ? null : Pick(ContentTypes);

    private static byte[] Serialize(JsonNode node)
    {
        var json = node.ToJsonString(Raw);
        if (json.Contains("@@", StringComparison.Ordinal))
        {
            json = json
                .Replace(LoneHighSurrogate, "\\ud83d", StringComparison.Ordinal)
                .Replace(LoneLowSurrogate, "\\ude00", StringComparison.Ordinal)
                .Replace("\"" + DeepNesting + "\"", string.Concat(Enumerable.Repeat("{\"a\":[", 5_000)) + "1" + string.Concat(Enumerable.Repeat("]}", 5_000)), StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(json);
    }

    private static IEnumerable<(JsonObject Parent, string Name, string Path)> Properties(JsonObject node, string prefix = "")
    {
        foreach (var (name, value) in node.ToList())
        {
            yield return (node, name, prefix + name);
            if (value is JsonObject child)
            {
                foreach (var nested in Properties(child, prefix + name + "."))
                {
                    yield return nested;
                }
            }
        }
    }

    private Guid RandomGuid() => new(RandomBytes(16));

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(T[] choices) => choices[_random.Next(choices.Length)];

    private static string Quote(string text) =>
        text.Length > 40 ? $"'{Escape(text[..20])}…' ({text.Length} characters)" : $"'{Escape(text)}'";

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
