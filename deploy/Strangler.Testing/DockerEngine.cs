using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Strangler.Testing;

/// <summary>
/// A fast answer to "is there a Docker engine?", so machines without one do not wait on Testcontainers'
/// own discovery. Looks at <c>DOCKER_HOST</c> and the usual socket paths and pings the engine briefly.
/// </summary>
internal static class DockerEngine
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);

    public static async Task<bool> AnswersAsync(CancellationToken cancellationToken = default)
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrWhiteSpace(dockerHost))
        {
            return await AnswersAtAsync(dockerHost.Trim(), cancellationToken);
        }

        if (OperatingSystem.IsWindows())
        {
            return File.Exists(@"\\.\pipe\docker_engine");
        }

        foreach (var socket in UnixSocketCandidates().Where(File.Exists))
        {
            if (await PingAsync(new UnixDomainSocketEndPoint(socket), cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> AnswersAtAsync(string dockerHost, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(dockerHost, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme switch
        {
            "unix" => File.Exists(uri.AbsolutePath) && await PingAsync(new UnixDomainSocketEndPoint(uri.AbsolutePath), cancellationToken),
            // A TCP engine may want TLS; that it accepts a connection is enough here, Testcontainers does the rest.
            "tcp" => await ConnectsAsync(uri.Host, uri.Port, cancellationToken),
            "npipe" => OperatingSystem.IsWindows(),
            _ => false,
        };
    }

    private static IEnumerable<string> UnixSocketCandidates()
    {
        yield return "/var/run/docker.sock";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
        {
            yield return Path.Combine(home, ".docker", "run", "docker.sock");
            yield return Path.Combine(home, ".docker", "desktop", "docker.sock");
            yield return Path.Combine(home, ".colima", "default", "docker.sock");
        }

        var runtime = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!string.IsNullOrEmpty(runtime))
        {
            yield return Path.Combine(runtime, "docker.sock");
        }
    }

    private static async Task<bool> PingAsync(EndPoint endPoint, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PingTimeout);
        try
        {
            using var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Unspecified);
            await socket.ConnectAsync(endPoint, timeout.Token);
            await socket.SendAsync("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"u8.ToArray(), SocketFlags.None, timeout.Token);
            var buffer = new byte[256];
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            var statusLine = Encoding.ASCII.GetString(buffer, 0, read);
            return statusLine.StartsWith("HTTP/1.", StringComparison.Ordinal) && statusLine.Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }

    private static async Task<bool> ConnectsAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PingTimeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, timeout.Token);
            return true;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
