namespace Strangler.Core.Store.Documents;

/// <summary>What <see cref="DocumentWriter.SaveVersionAsync"/> did with a version.</summary>
public enum SaveOutcome
{
    /// <summary>The version is new and stored (with the document, for a first version).</summary>
    Saved,

    /// <summary>The same version (same canonical checksum) was already stored: nothing changed.</summary>
    AlreadySaved,

    /// <summary>A different version with this reference and number is stored: nothing changed.</summary>
    Conflict,
}
