namespace Strangler.Core.Model.Documents;

/// <summary>The interface a document version came in through.</summary>
public enum SourceInterface
{
    Gets,
    Eman,
    Rocars,
    Accs,
    JsonApi,
}
