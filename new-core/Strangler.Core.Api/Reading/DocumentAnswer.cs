namespace Strangler.Core.Api.Reading;

/// <summary>A read-only document as the API shows it: reference, status, version, received-at and source of the current version, content.</summary>
public sealed record DocumentAnswer<T>(string Reference, string Status, int Version, DateTimeOffset ReceivedAt, string Source, T Document);
