using System.Net;
using CareerBot.Bot.Channels.BotFramework;
using CareerBot.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CareerBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// Identity settings the Bot Framework would reject (or quietly misread) only on the first request stop the start
/// instead, with a message that names the setting to fix.
/// </summary>
public sealed class IdentitySettingsTests
{
    private const string AppId = "4a0b8f6e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
    private const string TenantId = "72f988bf-0000-4000-8000-000000000000";

    [Theory]
    [InlineData("SingleTenant", null, "a-secret", "MicrosoftAppTenantId")]
    [InlineData("SingleTenant", TenantId, null, "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", null, null, "MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", TenantId, "a-secret", "no MicrosoftAppPassword")]
    [InlineData("MultiTenat", null, "a-secret", "MicrosoftAppType 'MultiTenat' is not one the Bot Framework knows")]
    [InlineData("ManagedIdentity", TenantId, null, "use MultiTenant, SingleTenant or UserAssignedMSI")]
    public void Settings_the_sdk_cannot_use_stop_the_start_with_the_reason(string appType, string? tenantId, string? password, string reason)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => OptionsFrom(Identity(appType, tenantId, password)));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_authority_must_be_a_boolean()
    {
        var settings = Identity("MultiTenant", tenantId: null, "a-secret");
        settings["ValidateAuthority"] = "sometimes";

        var refused = Assert.Throws<InvalidOperationException>(() => OptionsFrom(settings));

        Assert.Contains("ValidateAuthority", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null, "a-secret")]
    [InlineData("MultiTenant", null, "a-secret")]
    [InlineData("multitenant", null, "a-secret")]
    [InlineData("SingleTenant", TenantId, "a-secret")]
    [InlineData("UserAssignedMSI", TenantId, null)]
    public void Each_kind_of_identity_set_up_as_documented_is_accepted(string appType, string? tenantId, string? password)
    {
        var options = OptionsFrom(Identity(appType, tenantId, password));

        Assert.False(options.Anonymous);
    }

    [Fact]
    public void A_host_with_a_single_tenant_bot_and_no_tenant_does_not_start()
    {
        using var host = new BotHost(Identity("SingleTenant", tenantId: null, "a-secret"), "Production");

        Assert.ThrowsAny<Exception>(() => host.CreateClient());
    }

    [Fact]
    public async Task A_host_with_a_single_tenant_bot_set_up_as_documented_starts()
    {
        await using var host = new BotHost(Identity("SingleTenant", TenantId, "a-secret"), "Production");
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    private static Dictionary<string, string?> Identity(string appType, string? tenantId, string? password) => new()
    {
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = password,
        ["MicrosoftAppTenantId"] = tenantId,
    };

    private static BotAuthenticationOptions OptionsFrom(Dictionary<string, string?> settings) =>
        BotAuthenticationOptions.From(
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            new HostingEnvironment { EnvironmentName = Environments.Production });
}
