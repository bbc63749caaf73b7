using Microsoft.Data.Sqlite;
using Strangler.Parity.Data.Sources;

namespace Strangler.Parity.Data.Tests.Stores;

/// <summary>A private in-memory SQLite database holding one side, as a table <c>documents(reference, canonical)</c>.</summary>
internal sealed class SqliteStore : IDisposable
{
    public static readonly SqlParityQuery Query = new("documents", "reference", "canonical");

    private SqliteStore(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    public SqlParitySource Source => new(Connection, Query);

    /// <summary>Creates the store; <paramref name="unique"/> false allows a duplicated record.</summary>
    public static SqliteStore Create(IEnumerable<KeyValuePair<string, string>> records, bool unique = true)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = unique
                ? "CREATE TABLE documents (reference TEXT NOT NULL PRIMARY KEY, canonical TEXT)"
                : "CREATE TABLE documents (reference TEXT NOT NULL, canonical TEXT); CREATE INDEX documents_reference ON documents (reference)";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO documents (reference, canonical) VALUES ($reference, $canonical)";
        var reference = insert.Parameters.Add("$reference", SqliteType.Text);
        var canonical = insert.Parameters.Add("$canonical", SqliteType.Text);
        insert.Prepare();
        foreach (var record in records)
        {
            reference.Value = record.Key;
            canonical.Value = record.Value;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return new SqliteStore(connection);
    }

    public void Dispose() => Connection.Dispose();
}
