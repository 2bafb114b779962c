import SwiftOperators
import SwiftParser

/// Swift's standard precedence groups and infix operators, declared as source so that every
/// relation carries real syntax: swift-syntax's built-in table synthesizes syntax on each
/// precedence lookup, which made operator folding the slowest step of a cell.
let lessonOperators: OperatorTable = {
    let text = """
    precedencegroup AssignmentPrecedence { assignment: true associativity: right }
    precedencegroup FunctionArrowPrecedence { associativity: right higherThan: AssignmentPrecedence }
    precedencegroup TernaryPrecedence { associativity: right higherThan: FunctionArrowPrecedence }
    precedencegroup DefaultPrecedence { higherThan: TernaryPrecedence }
    precedencegroup LogicalDisjunctionPrecedence { associativity: left higherThan: TernaryPrecedence }
    precedencegroup LogicalConjunctionPrecedence { associativity: left higherThan: LogicalDisjunctionPrecedence }
    precedencegroup ComparisonPrecedence { higherThan: LogicalConjunctionPrecedence }
    precedencegroup NilCoalescingPrecedence { associativity: right higherThan: ComparisonPrecedence }
    precedencegroup CastingPrecedence { higherThan: NilCoalescingPrecedence }
    precedencegroup RangeFormationPrecedence { higherThan: CastingPrecedence }
    precedencegroup AdditionPrecedence { associativity: left higherThan: RangeFormationPrecedence }
    precedencegroup MultiplicationPrecedence { associativity: left higherThan: AdditionPrecedence }
    precedencegroup BitwiseShiftPrecedence { higherThan: MultiplicationPrecedence }
    infix operator << : BitwiseShiftPrecedence
    infix operator >> : BitwiseShiftPrecedence
    infix operator &<< : BitwiseShiftPrecedence
    infix operator &>> : BitwiseShiftPrecedence
    infix operator * : MultiplicationPrecedence
    infix operator / : MultiplicationPrecedence
    infix operator % : MultiplicationPrecedence
    infix operator &* : MultiplicationPrecedence
    infix operator & : MultiplicationPrecedence
    infix operator + : AdditionPrecedence
    infix operator - : AdditionPrecedence
    infix operator &+ : AdditionPrecedence
    infix operator &- : AdditionPrecedence
    infix operator | : AdditionPrecedence
    infix operator ^ : AdditionPrecedence
    infix operator ..< : RangeFormationPrecedence
    infix operator ... : RangeFormationPrecedence
    infix operator ?? : NilCoalescingPrecedence
    infix operator < : ComparisonPrecedence
    infix operator <= : ComparisonPrecedence
    infix operator > : ComparisonPrecedence
    infix operator >= : ComparisonPrecedence
    infix operator == : ComparisonPrecedence
    infix operator != : ComparisonPrecedence
    infix operator === : ComparisonPrecedence
    infix operator !== : ComparisonPrecedence
    infix operator ~= : ComparisonPrecedence
    infix operator .== : ComparisonPrecedence
    infix operator .!= : ComparisonPrecedence
    infix operator .< : ComparisonPrecedence
    infix operator .<= : ComparisonPrecedence
    infix operator .> : ComparisonPrecedence
    infix operator .>= : ComparisonPrecedence
    infix operator && : LogicalConjunctionPrecedence
    infix operator || : LogicalDisjunctionPrecedence
    infix operator *= : AssignmentPrecedence
    infix operator /= : AssignmentPrecedence
    infix operator %= : AssignmentPrecedence
    infix operator += : AssignmentPrecedence
    infix operator -= : AssignmentPrecedence
    infix operator <<= : AssignmentPrecedence
    infix operator >>= : AssignmentPrecedence
    infix operator &= : AssignmentPrecedence
    infix operator ^= : AssignmentPrecedence
    infix operator |= : AssignmentPrecedence
    infix operator &+= : AssignmentPrecedence
    infix operator &-= : AssignmentPrecedence
    infix operator &*= : AssignmentPrecedence
    infix operator &<<= : AssignmentPrecedence
    infix operator &>>= : AssignmentPrecedence
    """
    var table = OperatorTable()
    do {
        try table.addSourceFile(Parser.parse(source: text))
        return table
    } catch {
        return OperatorTable.standardOperators
    }
}()
