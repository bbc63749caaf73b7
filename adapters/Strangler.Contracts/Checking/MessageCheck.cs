namespace Strangler.Contracts.Checking;

/// <summary>
/// The result of checking one request body without stored state: what syntax and message type it
/// is, a readable summary of what it holds, and the contract errors in the order the contract reports
/// them. Used by the <c>strangler message check</c> command and by tests.
/// </summary>
public sealed record MessageCheck(
    string Syntax,
    string MessageType,
    IReadOnlyList<string> Summary,
    IReadOnlyList<ContractError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
