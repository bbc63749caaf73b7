namespace Strangler.Contracts.Checking;

/// <summary>
/// One failure of a contract rule: the interface's code (<c>E014</c>, <c>A010</c>, <c>R012</c>) and
/// its fixed text, which never carries data from the message. <paramref name="Where"/> is for people
/// (logs, the CLI), never written into an answer.
/// </summary>
public sealed record ContractError(string Code, string Text, string? Where = null)
{
    public override string ToString() => Where is null ? $"{Code} {Text}" : $"{Code} {Text} ({Where})";
}
