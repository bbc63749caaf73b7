using System.Globalization;

namespace Strangler.Core.Store.Database;

/// <summary>
/// Times as the store keeps them: UTC <c>timestamptz</c> on PostgreSQL (Npgsql accepts only offset zero there),
/// ISO 8601 UTC text on SQLite (sorts as it reads). Read back as UTC; callers convert to Hong Kong time.
/// </summary>
public static class StoredTime
{
    public static object Write(CoreStoreProvider provider, DateTimeOffset time) =>
        provider == CoreStoreProvider.Postgres
            ? time.ToUniversalTime()
            : time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(object value) => value switch
    {
        DateTimeOffset t => t.ToUniversalTime(),
        DateTime { Kind: DateTimeKind.Utc } t => new DateTimeOffset(t),
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new InvalidOperationException($"A stored time of type {value?.GetType().Name ?? "null"}."),
    };
}
