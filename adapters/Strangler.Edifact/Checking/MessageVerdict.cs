using Strangler.Contracts.Checking;

namespace Strangler.Edifact.Checking;

/// <summary>
/// The outcome of checking one message statelessly: the last phase that ran (1–4) and its errors,
/// in answer order. Empty errors after phase 4 means the store rules come next.
/// </summary>
public sealed record MessageVerdict(int Phase, IReadOnlyList<ContractError> Errors)
{
    public bool Passed => Errors.Count == 0;
}
