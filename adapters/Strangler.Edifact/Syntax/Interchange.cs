namespace Strangler.Edifact.Syntax;

/// <summary>
/// A request body read into segments: the service characters (from UNA or the defaults), whether
/// the body was valid UTF-8, whether UNA itself was usable or held a character fault, and every
/// segment in order. Nothing is judged here beyond characters; the envelope checks come next.
/// </summary>
public sealed class Interchange
{
    internal Interchange(
        string text,
        bool isValidUtf8,
        bool hasUna,
        UnaFault unaFault,
        ServiceCharacters characters,
        Repertoire repertoire,
        IReadOnlyList<Segment> segments)
    {
        Text = text;
        IsValidUtf8 = isValidUtf8;
        HasUna = hasUna;
        UnaFault = unaFault;
        Characters = characters;
        Repertoire = repertoire;
        Segments = segments;
    }

    /// <summary>The body decoded as UTF-8 (invalid sequences replaced), without a leading byte order mark.</summary>
    public string Text { get; }

    public bool IsValidUtf8 { get; }

    public bool HasUna { get; }

    public UnaFault UnaFault { get; }

    public ServiceCharacters Characters { get; }

    /// <summary>The repertoire named by the UNB syntax identifier; UNOC when UNB names none that is accepted.</summary>
    public Repertoire Repertoire { get; }

    public IReadOnlyList<Segment> Segments { get; }

    public char DecimalMark => Characters.DecimalMark;
}

/// <summary>What is wrong with a UNA, if anything.</summary>
public enum UnaFault
{
    None,

    /// <summary>Fewer than six characters follow <c>UNA</c>, or they cannot separate anything (<c>E001</c>).</summary>
    Unusable,

    /// <summary>A service character outside the repertoire, or a CR/LF (<c>E002</c>).</summary>
    Character,
}
