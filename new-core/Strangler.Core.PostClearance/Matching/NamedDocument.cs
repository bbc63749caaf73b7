namespace Strangler.Core.PostClearance.Matching;

/// <summary>A transport document (or EMAN ref) a declaration names, with when the declaration was first lodged.</summary>
internal sealed record NamedDocument(string Tdec, string Kind, string DocKey, string DocNumber, DateTimeOffset ReceivedAt, string ClientKey);
