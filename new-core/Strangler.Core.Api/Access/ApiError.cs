namespace Strangler.Core.Api.Access;

/// <summary>One contract error in a ProblemDetails <c>errors</c> extension: code, fixed text, and where (for people).</summary>
public sealed record ApiError(string Code, string Message, string? Field);
