namespace Strangler.RocarsXml.Documents;

/// <summary>What the control point display tells the driver (<c>GO</c>, <c>STOP</c>).</summary>
public enum ClearanceDecision
{
    Go,
    Stop,
}
