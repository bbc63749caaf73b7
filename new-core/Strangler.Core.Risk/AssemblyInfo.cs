namespace Strangler.Core.Risk;
