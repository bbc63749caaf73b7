namespace Strangler.Core.PostClearance.Api;

/// <summary>One page of a listing; <see cref="Next"/> is the <c>after</c> cursor of the next page, null on the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);
