using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Strangler.Core.Model.Air;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Road;

namespace Strangler.Core.Store.Tests.Json;

// A verbatim reference copy of the stored JSON's writer before issue 7 (only renamed): the new writer must give the same text.

/// <summary>
/// The stored JSON of a canonical document: camelCase, enums by name, a <c>$type</c> naming the document type. The
/// model stays free of serializer attributes, so the polymorphism is declared here.
/// </summary>
internal static class LegacyDocumentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new LegacyEquatableListJsonConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DeclareDocumentTypes } },
    };

    public static string Write(CanonicalDocument document) => JsonSerializer.Serialize(document, Options);

    public static CanonicalDocument Read(string json) =>
        JsonSerializer.Deserialize<CanonicalDocument>(json, Options)
        ?? throw new InvalidOperationException("A stored document is JSON null.");

    /// <summary>The stored kind of a document: its type name.</summary>
    public static string KindOf(CanonicalDocument document) => document.GetType().Name;

    private static void DeclareDocumentTypes(JsonTypeInfo info)
    {
        if (info.Type != typeof(CanonicalDocument))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            DerivedTypes =
            {
                new JsonDerivedType(typeof(Declaration), nameof(Declaration)),
                new JsonDerivedType(typeof(Manifest), nameof(Manifest)),
                new JsonDerivedType(typeof(CargoReport), nameof(CargoReport)),
                new JsonDerivedType(typeof(RoadLodgement), nameof(RoadLodgement)),
                new JsonDerivedType(typeof(Bundle), nameof(Bundle)),
                new JsonDerivedType(typeof(AirWaybillStatus), nameof(AirWaybillStatus)),
            },
        };
    }
}
