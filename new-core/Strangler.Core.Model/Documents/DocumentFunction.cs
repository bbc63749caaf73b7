namespace Strangler.Core.Model.Documents;

/// <summary>What a document version does to the document (UN/EDIFACT 1225: 9, 5, 1).</summary>
public enum DocumentFunction
{
    Original,
    Amendment,
    Cancellation,
}
