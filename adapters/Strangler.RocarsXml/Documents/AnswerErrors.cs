using Strangler.Contracts.Checking;

namespace Strangler.RocarsXml.Documents;

internal static class AnswerErrors
{
    /// <summary>
    /// The errors as an answer carries them: code and text only (Where is for people and would make a
    /// built answer differ from the same answer read back).
    /// </summary>
    public static EquatableList<ContractError> Of(IEnumerable<ContractError> errors)
    {
        var list = new EquatableList<ContractError>(errors.Select(e => e.Where is null ? e : new ContractError(e.Code, e.Text)));
        if (list.Count == 0)
        {
            throw new ArgumentException("A rejection needs at least one error.", nameof(errors));
        }

        return list;
    }
}
