namespace Strangler.Migration.Worker.Admin;

/// <summary>Body of <c>POST /admin/v1/backfill/{unit}/start</c>: the Hong Kong days to copy, both included.</summary>
public sealed record StartBody(DateOnly? FirstDay, DateOnly? LastDay);
