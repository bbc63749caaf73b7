namespace Strangler.Core.Model;
