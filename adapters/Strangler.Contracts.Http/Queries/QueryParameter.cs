namespace Strangler.Contracts.Http.Queries;

/// <summary>A listed numeric query parameter (README.md, "HTTP", the 400 rule): its default when absent and its range.</summary>
public sealed record QueryParameter(string Name, long Default, long Min, long Max)
{
    /// <summary>A feed cursor: <c>after</c>, 0 when absent, any 1–9 digit value.</summary>
    public static QueryParameter Cursor(string name = "after") => new(name, 0, 0, 999_999_999);

    /// <summary>A page size: <c>max</c>, 1…500, 100 when absent.</summary>
    public static QueryParameter PageSize(string name = "max", long max = 500, long defaultValue = 100) => new(name, defaultValue, 1, max);
}
