using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Rules;

namespace Strangler.Core.Rocars.Bundles;

/// <summary>
/// GET /clearance?vrn=…&amp;controlPoint=…: the instruction decided when the chosen live bundle was made. A parameter
/// missing, repeated or invalid, a caller without the driver role, or no live bundle: 404.
/// </summary>
internal sealed class ClearanceQuery(BundleStore bundles)
{
    public async Task<ContractAnswer> InstructionAsync(ContractRequest request, QueryString query, CancellationToken cancellationToken)
    {
        if (!RocarsRoles.MayCall(RocarsEndpoint.Clearance, request.Client) ||
            !TryOne(query.Value, "vrn", out var vrn) || !TryOne(query.Value, "controlPoint", out var controlPoint) ||
            !RocarsRequests.IsClearanceQuery(vrn, controlPoint))
        {
            return ContractAnswer.NotFound;
        }

        var live = await bundles.ClearanceAsync(vrn!, controlPoint!, request.ReceivedAt, cancellationToken);
        if (live is null)
        {
            return ContractAnswer.NotFound;
        }

        // A bundle whose decision was not kept (a crash between claim and assessment) is stopped rather than waved through.
        var instruction = live.Instruction == "GO" ? ClearanceDecision.Go : ClearanceDecision.Stop;
        return ContractAnswer.Xml(RocarsWriter.Write(new ClearanceInstruction(vrn!, live.BundleRef, controlPoint!, instruction, live.ReceivedAt)));
    }

    // Names compare exactly; values are form-decoded. False when the parameter is absent or repeated.
    private static bool TryOne(string? rawQuery, string name, out string? value)
    {
        value = null;
        foreach (var pair in (rawQuery ?? "").TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (pair.Length == 0 || Decode(equals < 0 ? pair : pair[..equals]) != name)
            {
                continue;
            }

            if (value is not null)
            {
                return false;
            }

            value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
        }

        return value is not null;
    }

    private static string Decode(string component)
    {
        var withSpaces = component.Replace('+', ' ');
        try
        {
            return Uri.UnescapeDataString(withSpaces);
        }
        catch (UriFormatException)
        {
            return withSpaces;
        }
    }
}
