using System.Diagnostics.CodeAnalysis;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CareerBot.Testing;

/// <summary>
/// Marks a test class whose storage is PostgreSQL: its <see cref="StorageFactAttribute"/> and
/// <see cref="StorageTheoryAttribute"/> tests are skipped, with <see cref="PostgresCluster.SkipReason"/>, when
/// PostgreSQL is not installed.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>
/// A fact about storage that every provider's test class inherits from one abstract class; skipped in a
/// <see cref="RequiresPostgresAttribute"/> class when PostgreSQL is not installed. (xunit 2 reads Skip from the
/// attribute, which cannot see the class it is inherited into; the discoverer can.)
/// </summary>
[XunitTestCaseDiscoverer("CareerBot.Testing.StorageFactDiscoverer", "CareerBot.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageFactAttribute : FactAttribute;

/// <summary>The theory counterpart of <see cref="StorageFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("CareerBot.Testing.StorageTheoryDiscoverer", "CareerBot.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageTheoryAttribute : TheoryAttribute;

public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        StorageSkip.Discover(DiagnosticMessageSink, discoveryOptions, testMethod) ?? base.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class StorageTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        StorageSkip.Discover(DiagnosticMessageSink, discoveryOptions, testMethod) ?? base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

internal static class StorageSkip
{
    /// <summary>One skipped test case when the class needs PostgreSQL and it is missing; otherwise null.</summary>
    [SuppressMessage("Reliability", "CA2000", Justification = "The test case goes to xunit, which disposes the test cases it discovers.")]
    public static IXunitTestCase[]? Discover(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod) =>
        testMethod.TestClass.Class.ToRuntimeType().IsDefined(typeof(RequiresPostgresAttribute), inherit: true) && PostgresCluster.SkipReason is { } reason
            ? [new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : null;
}
