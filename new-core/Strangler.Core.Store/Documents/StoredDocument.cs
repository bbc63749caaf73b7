using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Documents;

namespace Strangler.Core.Store.Documents;

/// <summary>A stored document's head row: what it is, where it came from first, and its current version.</summary>
public sealed record StoredDocument(
    string Reference,
    string Kind,
    TransportMode? Mode,
    SourceInterface Source,
    string ClientKey,
    int CurrentVersion,
    DocumentStatus Status);
