using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Numbers;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Cuscar;

/// <summary>
/// The element formats the subset table cannot express (it has no pattern or decimal format): the
/// package code (<c>^[A-Z0-9]{2}$</c>), the ISO 6346 size-type (exactly 4 characters) and the gross
/// volume (a number with at most 3 decimals in the interchange's decimal mark). Checked right after
/// a clean walk, they finish phase 3: the first fault is the message's only error, <c>E006</c>.
/// </summary>
internal static class CuscarFormats
{
    public const int VolumeDecimals = 3;

    public static ContractError? FirstFault(IReadOnlyList<Segment> message, char decimalMark)
    {
        for (var i = 0; i < message.Count; i++)
        {
            var s = message[i];
            var fault = s.Tag switch
            {
                "GID" => !CodeFormat.IsPackageCode(s.Value(2, 2)),
                "EQD" => s.Value(3).Length != 4,
                "MEA" when s.Value(1) == "VOL" => !ContractNumber.TryParse(s.Value(3, 2), decimalMark, VolumeDecimals, out _),
                _ => false,
            };
            if (fault)
            {
                return EdifactErrors.Of(EdifactErrors.Format, $"segment {i + 1} {s.Tag}");
            }
        }

        return null;
    }
}
