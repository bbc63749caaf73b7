using System.Text.Json;
using System.Text.Json.Serialization;

namespace Strangler.Core.Api.Access;

/// <summary>The API's JSON: web defaults (camelCase), enums by name, nulls left out; request bodies are read strictly.</summary>
internal static class ApiJson
{
    public const string ContentType = "application/json; charset=utf-8";
    public const string ProblemContentType = "application/problem+json; charset=utf-8";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static byte[] Write<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>The body as <typeparamref name="T"/>, or null when it is not JSON of that shape (unknown members included).</summary>
    public static T? TryRead<T>(ReadOnlySpan<byte> body)
        where T : class
    {
        try
        {
            return body.IsEmpty ? null : JsonSerializer.Deserialize<T>(body, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
