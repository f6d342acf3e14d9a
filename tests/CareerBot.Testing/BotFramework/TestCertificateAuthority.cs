using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CareerBot.Testing.BotFramework;

/// <summary>
/// A throwaway certificate authority, trusted by this user for as long as it lives: local HTTPS servers get
/// certificates from it that every client in the process accepts through ordinary chain validation. The Bot Framework
/// SDK fetches OpenID metadata with its own HttpClient and insists on HTTPS, so no callback can stand in for trust.
/// </summary>
/// <remarks>
/// Trust is the current user's Root store (on Linux, .NET keeps it under ~/.dotnet and consults it when building
/// chains). The authority's key never leaves the process, lives for a day, and is removed from the store on dispose.
/// </remarks>
public sealed class TestCertificateAuthority : IDisposable
{
    private readonly X509Certificate2 _authority;
    private readonly X509Certificate2 _trusted;

    private TestCertificateAuthority(X509Certificate2 authority)
    {
        _authority = authority;
        _trusted = X509CertificateLoader.LoadCertificate(authority.RawData);
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(_trusted);
    }

    /// <summary>Creates an authority and trusts it until disposed.</summary>
    public static TestCertificateAuthority CreateTrusted()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=CareerBot test authority {Guid.NewGuid():N}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = DateTimeOffset.UtcNow;
        return new TestCertificateAuthority(request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1)));
    }

    /// <summary>A server certificate (with its key) for 127.0.0.1 and localhost, issued by this authority.</summary>
    public X509Certificate2 IssueLoopbackServerCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var now = DateTimeOffset.UtcNow;
        using var issued = request.Create(_authority, now.AddMinutes(-5), now.AddHours(12), RandomNumberGenerator.GetBytes(16));
        using var withKey = issued.CopyWithPrivateKey(key);

        // Through PKCS#12 so the key is one TLS can use whatever the platform's rules for ephemeral keys are.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), password: null);
    }

    public void Dispose()
    {
        using (var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            store.Open(OpenFlags.ReadWrite);
            store.Remove(_trusted);
        }

        _trusted.Dispose();
        _authority.Dispose();
    }
}
