namespace Strangler.Core.Store.Documents;

/// <summary>The stored state of a document: active until a cancellation version is saved.</summary>
public enum DocumentStatus
{
    Active,
    Cancelled,
}
