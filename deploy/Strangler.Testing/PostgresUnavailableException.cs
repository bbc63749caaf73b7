namespace Strangler.Testing;

/// <summary>No PostgreSQL server could be found or started for the tests; the message says how to get one.</summary>
public sealed class PostgresUnavailableException : Exception
{
    public PostgresUnavailableException(string message)
        : base(message)
    {
    }

    public PostgresUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
