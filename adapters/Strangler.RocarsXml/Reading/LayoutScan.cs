using System.Xml.Linq;
using Strangler.Contracts.Checking;

namespace Strangler.RocarsXml.Reading;

/// <summary>
/// The state of reading one document: the first layout failure (R001 or R002, in document order)
/// and the value errors met on the way (R013). After the first failure every read is a no-op.
/// </summary>
internal sealed class LayoutScan
{
    public const string Namespace = "urn:hk:rocars:1";

    private readonly List<ContractError> valueErrors = [];

    public ContractError? Failure { get; private set; }

    public bool Failed => Failure is not null;

    public IReadOnlyList<ContractError> ValueErrors => valueErrors;

    public void Fail(string code, XObject at, string what)
    {
        Failure ??= RocarsErrors.Error(code, Where(at, what));
    }

    public void ValueError(string code, XObject at, string what)
    {
        if (valueErrors.All(e => e.Code != code))
        {
            valueErrors.Add(RocarsErrors.Error(code, Where(at, what)));
        }
    }

    private static string Where(XObject at, string what) =>
        at.Annotation<LinePosition>() is { } p ? $"{what}, line {p.Line} column {p.Column}" : what;
}
