namespace Strangler.Parity.Data.Sources;

/// <summary>
/// Where a side's records are: <see cref="From"/> is a table, view or parenthesised sub-query with an alias (what follows
/// <c>FROM</c>), <see cref="Key"/> the key expression (e.g. the document reference) and <see cref="Canonical"/> the
/// expression of the record's canonical text. The source builds
/// <c>SELECT key, canonical FROM … WHERE key &gt;= @from AND key &lt; @to ORDER BY key</c> from them, leaving out open bounds.
/// The texts are trusted SQL written by the caller, never user input.
/// </summary>
public sealed record SqlParityQuery(string From, string Key, string Canonical)
{
    internal string Where(KeyRange range) =>
        (range.From, range.To) switch
        {
            (null, null) => "",
            (not null, null) => $" WHERE {Key} >= @from",
            (null, not null) => $" WHERE {Key} < @to",
            _ => $" WHERE {Key} >= @from AND {Key} < @to",
        };
}
