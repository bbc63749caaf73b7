using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Facade.Mirroring;

namespace Strangler.Facade.Testing;

/// <summary>What a failing test prints: the facade's latest comparison records with both answers.</summary>
public static class Diagnostics
{
    public static async Task<string> ComparisonsAsync(FacadeInstance facade, int last = 5)
    {
        var store = facade.Services.GetRequiredService<ComparisonStore>();
        var records = await store.ListAsync(null, null, 0, 10_000);
        var text = new StringBuilder();
        foreach (var record in records.TakeLast(last))
        {
            var bodies = await store.BodiesAsync(record.Id);
            text.AppendLine($"#{record.Id} {record.Interface} {record.Unit} {record.Stage} {record.Method} {record.Path} primary={record.PrimarySide} {record.PrimaryStatus} secondary={record.SecondaryStatus} {record.Outcome} {record.Differences}");
            text.AppendLine("  secondary: " + (bodies?.Secondary is { } s ? Encoding.UTF8.GetString(s) : "-"));
        }

        return text.ToString();
    }

    /// <summary>Runs <paramref name="wait"/>; on failure adds the comparisons to the message.</summary>
    public static async Task<T> Explain<T>(FacadeInstance facade, Func<Task<T>> wait)
    {
        try
        {
            return await wait();
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException(e.Message + Environment.NewLine + await ComparisonsAsync(facade));
        }
    }
}
