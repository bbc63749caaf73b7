namespace Strangler.CargoImp.Lines;

/// <summary>The Cargo-IMP character set of the contract: upper case A–Z, digits, space and <c>/ - . ,</c>.</summary>
public static class CargoImpCharacters
{
    public const int MaxLineLength = 69;
    public const int MaxMessageLength = 3500;

    public static bool IsAllowed(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ' ' or '/' or '-' or '.' or ',';

    public static bool IsAllowed(byte b) => b < 0x80 && IsAllowed((char)b);

    /// <summary>
    /// A free-text field of the contract's <c>an..max</c> kind: 1 to <paramref name="max"/> allowed
    /// characters other than the field separator <c>/</c>.
    /// </summary>
    public static bool IsText(ReadOnlySpan<char> field, int max)
    {
        if (field.IsEmpty || field.Length > max)
        {
            return false;
        }

        foreach (var c in field)
        {
            if (c == '/' || !IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>^[0-9]{min,max}$</c>.</summary>
    public static bool IsDigits(ReadOnlySpan<char> field, int min, int max) =>
        field.Length >= min && field.Length <= max && Strangler.Contracts.CodeLists.CodeFormat.AllDigits(field);

    /// <summary><c>^[A-Z0-9]{length}$</c>, as carrier codes and ULD owners are written.</summary>
    public static bool IsUpperOrDigits(ReadOnlySpan<char> field, int length)
    {
        if (field.Length != length)
        {
            return false;
        }

        foreach (var c in field)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
