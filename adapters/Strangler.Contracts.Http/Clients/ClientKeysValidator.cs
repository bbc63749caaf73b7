using Microsoft.Extensions.Options;
using Strangler.Contracts.CodeLists;

namespace Strangler.Contracts.Http.Clients;

/// <summary>Checks the client keys at start: every bad entry is named, so a typo stops the process instead of locking a client out.</summary>
internal sealed class ClientKeysValidator : IValidateOptions<ClientKeysOptions>
{
    public ValidateOptionsResult Validate(string? name, ClientKeysOptions options)
    {
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var at = $"Clients:{i}";
            if (string.IsNullOrWhiteSpace(key.Key) || key.Key.Trim() != key.Key || key.Key.Any(char.IsControl))
            {
                failures.Add($"{at}:Key must be a non-empty value without surrounding white space.");
            }
            else if (!seen.Add(key.Key))
            {
                failures.Add($"{at}:Key repeats an earlier key.");
            }

            if (key.Roles.Count == 0)
            {
                failures.Add($"{at}:Roles must name at least one role.");
            }

            failures.AddRange(key.Roles.Where(r => ClientKeys.ParseRole(r) is null)
                .Select(r => $"{at}:Roles has '{r}', which is not a role (GetsDeclarant, EmanCarrier, RocarsShipper, RocarsDriver, RocarsMainlandSingleWindow, AccsAirline, AccsTerminalOperator)."));
            failures.AddRange(key.BrNumbers.Where(b => b is null || b.Length != 8 || !CodeFormat.AllDigits(b))
                .Select(b => $"{at}:BrNumbers has '{b}', which is not 8 digits."));
            failures.AddRange(key.CarrierCodes.Where(c => string.IsNullOrWhiteSpace(c) || c.Trim() != c)
                .Select(c => $"{at}:CarrierCodes has an empty or padded code '{c}'."));
            failures.AddRange(key.AirWaybillPrefixes.Where(p => p != "*" && (p is null || p.Length != 3 || !CodeFormat.AllDigits(p)))
                .Select(p => $"{at}:AirWaybillPrefixes has '{p}', which is neither 3 digits nor *."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
