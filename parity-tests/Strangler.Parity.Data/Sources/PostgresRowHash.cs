namespace Strangler.Parity.Data.Sources;

/// <summary>How <see cref="PostgresParitySource"/> hashes a row in the server.</summary>
public enum PostgresRowHash
{
    /// <summary>
    /// <c>hashtextextended</c> (PostgreSQL 11+), about five times faster than md5; PostgreSQL keeps it stable because hash
    /// partitioning depends on it, but only PostgreSQL computes it, so both sides must be PostgreSQL.
    /// </summary>
    HashTextExtended,

    /// <summary>The first 64 bits of md5: slower, but any system can compute the same value.</summary>
    Md5,
}
