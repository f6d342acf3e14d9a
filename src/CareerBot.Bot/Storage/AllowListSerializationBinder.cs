using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace CareerBot.Bot.Storage;

/// <summary>
/// Stored state carries <c>$type</c> names (TypeNameHandling.All) so bot state comes back as its CLR types. Trusting
/// those names blindly would let whoever can write the database pick any type to construct, a classic
/// deserialization gadget; so only types from CareerBot, the base library (System.*) and the Bot Framework SDK
/// (Microsoft.Bot.*) bind, including every generic argument and array element type, and never delegates.
/// </summary>
internal sealed partial class AllowListSerializationBinder : ISerializationBinder
{
    private static readonly string[] AllowedAssemblyPrefixes = ["CareerBot.", "System.", "Microsoft.Bot."];

    private static readonly string[] AllowedAssemblies = ["CareerBot", "System", "mscorlib", "netstandard"];

    private readonly DefaultSerializationBinder _inner = new();

    public static AllowListSerializationBinder Instance { get; } = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        // Check the names before resolving them: resolving loads the assemblies they name, generic arguments'
        // ("List`1[[Some.Type, Some.Assembly]]") included.
        if ((assemblyName is not null && !IsAllowedAssembly(assemblyName))
            || GenericArgumentAssembly().Matches(typeName).Any(m => !IsAllowedAssembly(m.Groups[1].Value)))
        {
            throw Disallowed(typeName + ", " + assemblyName);
        }

        var type = _inner.BindToType(assemblyName, typeName);
        EnsureAllowed(type);
        return type;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        // Fail on write rather than store something that could never be read back.
        EnsureAllowed(serializedType);
        _inner.BindToName(serializedType, out assemblyName, out typeName);
    }

    internal static bool IsAllowed(Type type)
    {
        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return false;
        }

        if (type.HasElementType)
        {
            return IsAllowed(type.GetElementType()!);
        }

        if (!IsAllowedAssembly(type.Assembly.GetName().Name ?? string.Empty))
        {
            return false;
        }

        return !type.IsGenericType || type.GetGenericArguments().All(IsAllowed);
    }

    private static bool IsAllowedAssembly(string assemblyName)
    {
        // Newtonsoft passes the simple name, or a full name ("System.Private.CoreLib, Version=…") for old data.
        var simpleName = assemblyName.Split(',', 2)[0].Trim();
        return AllowedAssemblies.Contains(simpleName, StringComparer.Ordinal)
            || AllowedAssemblyPrefixes.Any(p => simpleName.StartsWith(p, StringComparison.Ordinal));
    }

    private static void EnsureAllowed(Type type)
    {
        if (!IsAllowed(type))
        {
            throw Disallowed(type.AssemblyQualifiedName ?? type.Name);
        }
    }

    private static JsonSerializationException Disallowed(string name) =>
        new($"Type '{name}' may not be stored: state types must come from CareerBot.*, System.* or Microsoft.Bot.* assemblies.");

    /// <summary>The assembly of each assembly-qualified generic argument: "[Type, Assembly(, Version=…)]".</summary>
    [GeneratedRegex(@"\[[^\[\],]+,\s*([^\[\],]+)[^\[\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex GenericArgumentAssembly();
}
