using System.Net;
using System.Text.Json;

namespace Strangler.Cli.Stages;

/// <summary>One answer of the facade's admin API: the status and the JSON body as sent.</summary>
internal sealed record AdminAnswer(HttpStatusCode Status, string Body)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>The body as <typeparamref name="T"/>; null when it is empty or not that JSON.</summary>
    public T? As<T>()
        where T : class
    {
        if (string.IsNullOrWhiteSpace(Body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(Body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
