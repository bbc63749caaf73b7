using System.Net;
using System.Net.Sockets;
using Strangler.Testing;

namespace Strangler.Testing.Tests;

public sealed class PostgresServerTests
{
    private static readonly Func<CancellationToken, Task<bool>> NoDocker = _ => Task.FromResult(false);

    [Fact]
    public async Task Without_STRANGLER_PG_or_Docker_the_message_says_how_to_get_a_server()
    {
        var failure = await Assert.ThrowsAsync<PostgresUnavailableException>(() => PostgresServer.LocateAsync(null, NoDocker));

        Assert.StartsWith("No PostgreSQL server for the tests: STRANGLER_PG is not set and no Docker engine answers.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("./test.sh", failure.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install postgresql", failure.Message, StringComparison.Ordinal);
        Assert.Contains("set STRANGLER_PG to an Npgsql connection string", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task STRANGLER_PG_naming_a_silent_server_fails_fast_with_its_address()
    {
        var port = UnusedPort();

        var failure = await Assert.ThrowsAsync<PostgresUnavailableException>(() =>
            PostgresServer.LocateAsync($"Host=127.0.0.1;Port={port};Username=postgres", _ => throw new InvalidOperationException("Docker must not be asked")));

        Assert.Contains($"STRANGLER_PG (127.0.0.1:{port}) did not answer", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task STRANGLER_PG_that_is_no_connection_string_is_reported_as_such()
    {
        var failure = await Assert.ThrowsAsync<PostgresUnavailableException>(() => PostgresServer.LocateAsync("Hots=nowhere", NoDocker));

        Assert.StartsWith("STRANGLER_PG is not a valid Npgsql connection string", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shared_server_is_the_same_instance_for_every_caller()
    {
        var first = await PostgresServer.GetAsync();
        var second = await PostgresServer.GetAsync();

        Assert.Same(first, second);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
