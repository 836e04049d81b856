match 1:
    case z as w:
        pass
    case 2:
        pass
